/**
 * PrefLib ordinal files: strict and tied orders, complete or incomplete ({@code .soc}, {@code
 * .soi}, {@code .toc}, {@code .toi}), read into a {@link io.yishi.voting.ranked.Profile} and
 * written back, in the format of <a href="https://www.preflib.org/format">preflib.org/format</a>.
 *
 * <p>Start with {@link io.yishi.voting.preflib.PrefLib}: {@link
 * io.yishi.voting.preflib.PrefLib#read(java.nio.file.Path)} reads the current format (a header of
 * {@code # KEY: value} lines, then {@code count: order} lines) and the older one (the number of
 * alternatives, their names, a counts line, then {@code count,order} lines); {@link
 * io.yishi.voting.preflib.PrefLib#write(PrefLibFile, java.io.Writer)} writes the current format.
 * A file that breaks the format fails with a {@link
 * io.yishi.voting.preflib.PrefLibFormatException} naming the line.
 *
 * <p>Categorical files ({@code .cat}, e.g. PrefLib's approval data sets) are read and written by
 * {@link io.yishi.voting.preflib.PrefLibCategorical} into a {@link
 * io.yishi.voting.preflib.CategoricalFile}, which converts to an {@link
 * io.yishi.voting.cardinal.ApprovalProfile} (the first category is approval).
 */
@NullMarked
package io.yishi.voting.preflib;

import org.jspecify.annotations.NullMarked;
