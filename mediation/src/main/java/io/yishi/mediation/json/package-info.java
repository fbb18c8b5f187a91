/** JSON for the mediation module's values: the Jackson module that names their types. */
@NullMarked
package io.yishi.mediation.json;

import org.jspecify.annotations.NullMarked;
