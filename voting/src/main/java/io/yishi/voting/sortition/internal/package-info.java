/**
 * Internals of sortition: the compiled instance, the LP and MIP models solved with ojAlgo, the
 * column generation of maximin, leximin and nash, the legacy greedy draw and pipage rounding.
 *
 * <p>Not part of Yishi's API: these classes are public only so that the sortition package can
 * use them. They may change or disappear in any release; do not use them from outside the voting
 * module.
 */
@NullMarked
package io.yishi.voting.sortition.internal;

import org.jspecify.annotations.NullMarked;
