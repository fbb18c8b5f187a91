/**
 * Mediation of disputes: cases from application to a signed agreement under the People's
 * Mediation Law, mediators and recusal, and negotiation support.
 */
@NullMarked
package io.yishi.mediation;

import org.jspecify.annotations.NullMarked;
