/**
 * JSON for the mediation module's values: {@link io.yishi.mediation.json.YishiMediationModule}
 * gives the negotiation results, the steps of a single negotiating text, and the actions and
 * facts of mediation cases stable type names.
 */
@NullMarked
package io.yishi.mediation.json;

import org.jspecify.annotations.NullMarked;
