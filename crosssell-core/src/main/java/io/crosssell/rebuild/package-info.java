/**
 * Where a full rebuild of the co-purchase statistics runs: in this process ({@link io.crosssell.rebuild.InProcessRebuild})
 * or handed over to a command of its own, such as the Spark job ({@link io.crosssell.rebuild.ExternalRebuild}), both
 * reporting progress the same way.
 */
package io.crosssell.rebuild;
