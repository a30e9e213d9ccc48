package io.crosssell.addon;

/** What an add-on attaches to and how its line lives. */
public enum AddOnKind {
    /** Broadleaf gift-wrap line wrapping one or more product lines; removed with the last of them. */
    GIFT_WRAP,
    /** A line per covered product line, same quantity; follows the covered line's quantity and removal. */
    WARRANTY,
    /** One line for the whole order, priced from the order's merchandise total. */
    EXPRESS_DELIVERY
}
