/**
 * The online deliberation hall ({@code online-hall}): one topic published for a period (a month
 * by default), on which residents post ideas, comment for or against, support each other's ideas
 * and amend them; at the close the ideas that reach the admission quorum go to the committee,
 * whose answer is published on each.
 *
 * <p>Start with {@link io.yishi.core.method.hall.OnlineHallMethod} (parameters, stages,
 * deadlines); residents act through the {@link io.yishi.core.method.hall.HallAction} records
 * wrapped in {@code Command.Act}; the log records {@link io.yishi.core.method.hall.HallFact}s;
 * the method's state is a {@link io.yishi.core.method.hall.HallState}, and what a portal may
 * show to the public is its {@link io.yishi.core.method.hall.HallState#publicView} view.
 */
@NullMarked
package io.yishi.core.method.hall;

import org.jspecify.annotations.NullMarked;
