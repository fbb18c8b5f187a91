/**
 * Mediation cases under the People's Mediation Law (RULES.md §3.5): a {@link
 * io.yishi.mediation.dispute.Dispute} between parties, brought to the committee and run as a
 * {@link io.yishi.mediation.dispute.MediationCase} from application, consent and the assignment
 * of mediators, through joint and separate sessions, to a signed and sealed agreement, its
 * performance and judicial confirmation; or to a withdrawal, a refusal or a termination, with
 * the other routes recorded. The rules are documented on {@link
 * io.yishi.mediation.dispute.MediationMethod}.
 */
@NullMarked
package io.yishi.mediation.dispute;

import org.jspecify.annotations.NullMarked;
