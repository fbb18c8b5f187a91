/**
 * Community structure: who lives where and who owns what.
 *
 * <p>Start with {@link io.yishi.core.community.Community}, the immutable aggregate, and its
 * {@link io.yishi.core.community.Community#builder builder}. A community has {@link
 * io.yishi.core.community.Estate estates} (old or new, see {@link
 * io.yishi.core.community.EstateKind}), whose {@link io.yishi.core.community.Building buildings}
 * hold {@link io.yishi.core.community.Unit units} with an exact exclusive floor area and their
 * owners; {@link io.yishi.core.community.Household households} living in units; {@link
 * io.yishi.core.community.Resident residents} with their {@link io.yishi.core.community.Role
 * roles}; and the {@link io.yishi.core.community.Venue venues} of the "1 + N" service circle.
 * Every item is a record identified by its own id type, such as {@link
 * io.yishi.core.community.UnitId}.
 *
 * <p>Who may decide a question, and with what weight, is derived from a community by {@link
 * io.yishi.core.electorate.Electorate}.
 */
@NullMarked
package io.yishi.core.community;

import org.jspecify.annotations.NullMarked;
