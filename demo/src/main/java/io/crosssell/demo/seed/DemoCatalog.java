package io.crosssell.demo.seed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo shop's catalog as plain data, mirroring sql/demo_catalog.sql (same ids), so the order
 * history generator and the seed verifier need no database to know what the shop sells.
 */
public final class DemoCatalog {

    /** Sellable state of a demo product. */
    public enum State { ACTIVE, OUT_OF_STOCK, INACTIVE }

    /** One demo product; its default SKU has the same id. */
    public static final class Item {
        public final long id;
        public final long categoryId;
        public final String name;
        public final State state;

        Item(long id, long categoryId, String name, State state) {
            this.id = id;
            this.categoryId = categoryId;
            this.name = name;
            this.state = state;
        }
    }

    public static final long BIKES = 10;
    public static final long HELMETS = 11;
    public static final long LOCKS = 12;
    public static final long LIGHTS = 13;
    public static final long PUMPS = 14;
    public static final long BOTTLES = 15;
    public static final long TOOLS = 16;
    public static final long APPAREL = 17;

    public static final int CATEGORY_COUNT = 8;

    private static final Map<Long, Item> ITEMS = new LinkedHashMap<Long, Item>();

    static {
        add(101, 10, "Metro Commuter Bike", State.ACTIVE);
        add(102, 10, "Gravel Explorer", State.ACTIVE);
        add(103, 10, "Trail Hardtail 29", State.ACTIVE);
        add(104, 10, "Road Sprint Carbon", State.OUT_OF_STOCK);
        add(105, 10, "Kids Balance Bike", State.ACTIVE);
        add(106, 10, "Vintage Roadster", State.INACTIVE);
        add(111, 11, "Urban Shell Helmet", State.ACTIVE);
        add(112, 11, "Aero Road Helmet", State.ACTIVE);
        add(113, 11, "Trail MIPS Helmet", State.ACTIVE);
        add(114, 11, "Kids Helmet", State.ACTIVE);
        add(115, 11, "Folding City Helmet", State.OUT_OF_STOCK);
        add(121, 12, "Heavy U-Lock", State.ACTIVE);
        add(122, 12, "Folding Lock", State.ACTIVE);
        add(123, 12, "Cable Lock", State.ACTIVE);
        add(124, 12, "Chain Lock 110", State.ACTIVE);
        add(125, 12, "Frame Ring Lock", State.INACTIVE);
        add(131, 13, "Front Light 800", State.ACTIVE);
        add(132, 13, "Rear Light Radar", State.ACTIVE);
        add(133, 13, "Commuter Light Set", State.ACTIVE);
        add(134, 13, "Dynamo Headlight", State.ACTIVE);
        add(135, 13, "Helmet Light", State.OUT_OF_STOCK);
        add(141, 14, "Floor Pump Pro", State.ACTIVE);
        add(142, 14, "Mini Pump", State.ACTIVE);
        add(143, 14, "CO2 Inflator", State.ACTIVE);
        add(144, 14, "Shock Pump", State.ACTIVE);
        add(151, 15, "Insulated Bottle 750 ml", State.ACTIVE);
        add(152, 15, "Bottle Cage", State.ACTIVE);
        add(153, 15, "Sports Bottle 500 ml", State.ACTIVE);
        add(154, 15, "Side-Entry Cage", State.INACTIVE);
        add(161, 16, "Multi-Tool 16", State.ACTIVE);
        add(162, 16, "Chain Lube", State.ACTIVE);
        add(163, 16, "Tire Levers", State.ACTIVE);
        add(164, 16, "Inner Tube 700c", State.ACTIVE);
        add(165, 16, "Patch Kit", State.ACTIVE);
        add(166, 16, "Workshop Repair Stand", State.OUT_OF_STOCK);
        add(171, 17, "Cycling Gloves", State.ACTIVE);
        add(172, 17, "Rain Jacket", State.ACTIVE);
        add(173, 17, "Padded Shorts", State.ACTIVE);
        add(174, 17, "Reflective Vest", State.ACTIVE);
        add(175, 17, "Merino Socks", State.ACTIVE);
        add(176, 17, "Winter Cap", State.ACTIVE);
    }

    private DemoCatalog() {
    }

    private static void add(long id, long categoryId, String name, State state) {
        ITEMS.put(id, new Item(id, categoryId, name, state));
    }

    public static List<Item> all() {
        return Collections.unmodifiableList(new ArrayList<Item>(ITEMS.values()));
    }

    public static Item get(long id) {
        Item item = ITEMS.get(id);
        if (item == null) {
            throw new IllegalArgumentException("No demo product " + id);
        }
        return item;
    }

    /** Products of a category that a shopper could have bought (active, whether in stock today or not). */
    public static List<Item> purchasable(long categoryId) {
        List<Item> result = new ArrayList<Item>();
        for (Item item : ITEMS.values()) {
            if (item.categoryId == categoryId && item.state != State.INACTIVE) {
                result.add(item);
            }
        }
        return result;
    }
}
