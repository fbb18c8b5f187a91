META
key;value
description;Lixiong community service budget (invented example): residents approve the projects they want funded
country;China
unit;Lixiong
instance;2025
num_projects;8
num_votes;60
budget;250000
vote_type;approval
rule;greedy
currency;CNY
PROJECTS
project_id;cost;name
street-lights;38000;Repair the street lights of the old estate
fence;52000;Mend the broken fence along the river path
access-control;120000;Access control at the three gates of the old estate
elder-canteen;85000;Kitchen equipment for the elders' canteen
play-area;64000;Resurface the children's play area
cable-cleanup;45000;Clear the overhead cables in Lane 2
bike-shelter;30000;Covered bicycle shelter at the sub-centre
reading-room;22000;Books and lighting for the activity room
VOTES
voter_id;vote
r01;access-control,elder-canteen,bike-shelter
r02;street-lights,access-control,elder-canteen,play-area
r03;street-lights,cable-cleanup
r04;street-lights,access-control,elder-canteen,reading-room
r05;fence
r06;play-area,bike-shelter
r07;play-area,bike-shelter,reading-room
r08;play-area
r09;street-lights,elder-canteen,reading-room
r10;street-lights,fence,access-control,play-area
r11;street-lights,access-control
r12;cable-cleanup,bike-shelter
r13;cable-cleanup,bike-shelter
r14;street-lights,elder-canteen,reading-room
r15;elder-canteen
r16;street-lights,elder-canteen
r17;cable-cleanup
r18;street-lights,fence,access-control,cable-cleanup
r19;fence,access-control,cable-cleanup,bike-shelter
r20;cable-cleanup,bike-shelter
r21;street-lights
r22;fence,elder-canteen,reading-room
r23;street-lights,play-area,reading-room
r24;street-lights,play-area,bike-shelter,reading-room
r25;fence
r26;elder-canteen,reading-room
r27;play-area,bike-shelter,reading-room
r28;street-lights,fence,access-control,cable-cleanup
r29;bike-shelter
r30;fence,cable-cleanup
r31;fence,access-control
r32;bike-shelter
r33;cable-cleanup,bike-shelter
r34;street-lights,elder-canteen,reading-room
r35;play-area,bike-shelter,reading-room
r36;street-lights,access-control,cable-cleanup
r37;elder-canteen,reading-room
r38;access-control,cable-cleanup
r39;play-area,bike-shelter
r40;fence,play-area
r41;street-lights,elder-canteen,reading-room
r42;elder-canteen,reading-room
r43;street-lights,elder-canteen,cable-cleanup,reading-room
r44;access-control
r45;elder-canteen,reading-room
r46;access-control,bike-shelter
r47;street-lights,access-control
r48;elder-canteen,play-area
r49;access-control,cable-cleanup,bike-shelter
r50;fence,cable-cleanup,bike-shelter
r51;elder-canteen,reading-room
r52;street-lights,fence,access-control,cable-cleanup
r53;elder-canteen,reading-room
r54;play-area,bike-shelter
r55;street-lights,fence,access-control
r56;elder-canteen
r57;street-lights,cable-cleanup
r58;street-lights,fence,access-control,cable-cleanup
r59;street-lights,fence,access-control,cable-cleanup
r60;street-lights,fence
