/**
 * Bundle discounts as plain Java: a bundle's definition, its validation against catalog facts, and the
 * saving a complete set earns, computed the way Broadleaf's offer engine prices it. The Broadleaf side
 * (entities, the offer that realises a bundle) lives in the sub-packages.
 */
package io.crosssell.bundle;
