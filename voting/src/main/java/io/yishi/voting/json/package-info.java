/**
 * JSON for the voting module's values: {@link io.yishi.voting.json.YishiVotingModule} gives the
 * ballots and decisions stable type names and writes votes and policies as lower-case words.
 */
@NullMarked
package io.yishi.voting.json;

import org.jspecify.annotations.NullMarked;
