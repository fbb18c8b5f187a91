/**
 * Yishi core: the vocabulary every other module shares.
 *
 * <p>Start with {@link io.yishi.core.community.Community} for who takes part,
 * {@link io.yishi.core.electorate.Electorate} for who decides with what weight,
 * {@link io.yishi.core.consultation.Consultation} for how one deliberation is run and recorded,
 * and {@link io.yishi.core.plugin.PluginRegistry} for the methods and rules that are installed.
 * This package holds what they all use: {@link io.yishi.core.Fraction} for exact thresholds and
 * the {@link io.yishi.core.YishiException} family for bad input.
 */
@NullMarked
package io.yishi.core;

import org.jspecify.annotations.NullMarked;
