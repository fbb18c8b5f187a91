/**
 * The consultation aggregate: one deliberation on one issue, run by a deliberation method and
 * decided by a decision rule, recorded as a hash-chained log of events.
 *
 * <p>Start with {@link io.yishi.core.consultation.Consultation#open}: it takes a {@link
 * io.yishi.core.consultation.ConsultationSpec}, a {@link java.time.Clock} and the plugin
 * registry. Feed it {@link io.yishi.core.consultation.Command}s; each is checked against the
 * current state and either appends events or throws {@link
 * io.yishi.core.consultation.InvalidCommandException} and changes nothing. The state is the fold
 * of the {@link io.yishi.core.consultation.EventLog}; store the log, {@link
 * io.yishi.core.consultation.EventLog#verify() verify} it later, and {@link
 * io.yishi.core.consultation.Consultation#replay replay} it to carry on.
 */
@NullMarked
package io.yishi.core.consultation;

import org.jspecify.annotations.NullMarked;
