package io.crosssell.demo.seed;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;

/**
 * Generates the demo shop's order history: GENERATED DEMO DATA, not real orders. The same seed always
 * gives the same orders, so mined statistics in the demo and in tests are repeatable. Baskets follow
 * what bike shops see: a bike with a helmet, a lock and lights; a tube with a patch kit and levers;
 * a bottle with a cage.
 */
public final class DemoOrderHistory {

    public static final int DEFAULT_ORDER_COUNT = 2400;
    public static final int CUSTOMER_COUNT = 300;
    public static final long DEFAULT_SEED = 20141103L;

    /** One generated order line. */
    public static final class Line {
        public final long productId;
        public final int quantity;

        Line(long productId, int quantity) {
            this.productId = productId;
            this.quantity = quantity;
        }
    }

    /** One generated, submitted order. */
    public static final class Order {
        public final String orderNumber;
        public final long customerId;
        public final Date submitDate;
        public final List<Line> lines;

        Order(String orderNumber, long customerId, Date submitDate, List<Line> lines) {
            this.orderNumber = orderNumber;
            this.customerId = customerId;
            this.submitDate = submitDate;
            this.lines = Collections.unmodifiableList(lines);
        }
    }

    private final Random random;
    private final Map<Long, Integer> basket = new LinkedHashMap<Long, Integer>();

    private DemoOrderHistory(long seed) {
        this.random = new Random(seed);
    }

    /** The default history: {@value #DEFAULT_ORDER_COUNT} orders over the year before 2026-11-01. */
    public static List<Order> generate() {
        return generate(DEFAULT_ORDER_COUNT, DEFAULT_SEED);
    }

    public static List<Order> generate(int orderCount, long seed) {
        return new DemoOrderHistory(seed).orders(orderCount);
    }

    private List<Order> orders(int orderCount) {
        // The year up to yesterday (UTC), so the recent orders fall in the performance screen's default range.
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.set(Calendar.HOUR_OF_DAY, 9);
        calendar.set(Calendar.MINUTE, 0);
        calendar.set(Calendar.SECOND, 0);
        calendar.set(Calendar.MILLISECOND, 0);
        calendar.add(Calendar.DAY_OF_MONTH, -366);
        long start = calendar.getTimeInMillis();
        long spacing = 365L * 24 * 3600 * 1000 / orderCount;
        List<Order> orders = new ArrayList<Order>(orderCount);
        for (int i = 1; i <= orderCount; i++) {
            basket.clear();
            while (basket.isEmpty()) {
                fillBasket();
            }
            List<Line> lines = new ArrayList<Line>();
            for (Map.Entry<Long, Integer> entry : basket.entrySet()) {
                lines.add(new Line(entry.getKey(), entry.getValue()));
            }
            long customerId = 1 + random.nextInt(CUSTOMER_COUNT);
            Date submitted = new Date(start + i * spacing + random.nextInt(3600 * 1000));
            orders.add(new Order(String.format("DEMO-%05d", i), customerId, submitted, lines));
        }
        return orders;
    }

    private void fillBasket() {
        double theme = random.nextDouble();
        if (theme < 0.35) {
            bikePurchase();
        } else if (theme < 0.60) {
            maintenance();
        } else if (theme < 0.80) {
            commuting();
        } else {
            apparelAndHydration();
        }
    }

    private void bikePurchase() {
        double pick = random.nextDouble();
        if (pick < 0.40) {
            add(101);
            maybe(0.55, 111);
            either(0.50, 121, 0.20, 122);
            either(0.45, 133, 0.15, 131);
            maybe(0.15, 132);
            maybe(0.20, 152, 151);
            maybe(0.15, 172);
            maybe(0.15, 174);
        } else if (pick < 0.60) {
            add(102);
            either(0.25, 112, 0.15, 113);
            maybe(0.45, 152, 151);
            maybe(0.35, 142);
            maybe(0.30, 161);
            maybeQuantity(0.30, 164, 2);
            maybe(0.25, 171);
        } else if (pick < 0.80) {
            add(103);
            maybe(0.60, 113);
            maybe(0.40, 171);
            maybe(0.35, 144);
            maybe(0.35, 161);
            maybe(0.25, 151);
        } else if (pick < 0.90) {
            add(104);
            maybe(0.60, 112);
            maybe(0.40, 143);
            maybe(0.35, 152, 153);
            maybe(0.30, 173);
            maybe(0.20, 175);
        } else {
            add(105);
            maybe(0.75, 114);
        }
    }

    private void maintenance() {
        maybe(0.50, 162);
        maybeQuantity(0.55, 164, 1 + random.nextInt(3));
        if (basket.containsKey(164L)) {
            maybe(0.45, 165);
            maybe(0.40, 163);
        } else {
            maybe(0.25, 165);
        }
        maybe(0.15, 141);
        maybe(0.10, 161);
        maybe(0.05, 166);
    }

    private void commuting() {
        either(0.40, 131, 0.30, 133);
        if (basket.containsKey(131L)) {
            maybe(0.70, 132);
        }
        either(0.30, 121, 0.10, 123);
        maybe(0.25, 174);
        maybe(0.15, 172);
        maybe(0.20, 111);
        maybe(0.05, 135);
        maybe(0.05, 134);
    }

    private void apparelAndHydration() {
        maybe(0.35, 171);
        maybe(0.25, 175);
        maybe(0.20, 173);
        maybe(0.15, 176);
        if (random.nextDouble() < 0.50) {
            add(random.nextDouble() < 0.6 ? 151 : 153);
            maybe(0.65, 152);
        }
        maybe(0.05, 115);
    }

    private void add(long productId) {
        addQuantity(productId, 1);
    }

    private void addQuantity(long productId, int quantity) {
        Integer current = basket.get(productId);
        basket.put(productId, current == null ? quantity : current + quantity);
    }

    /** Adds every given product with the given probability, as one decision. */
    private void maybe(double probability, long... productIds) {
        if (random.nextDouble() < probability) {
            for (long productId : productIds) {
                add(productId);
            }
        }
    }

    private void maybeQuantity(double probability, long productId, int quantity) {
        if (random.nextDouble() < probability) {
            addQuantity(productId, quantity);
        }
    }

    /** Adds the first product with its probability, else the second with its own. */
    private void either(double firstProbability, long first, double secondProbability, long second) {
        double draw = random.nextDouble();
        if (draw < firstProbability) {
            add(first);
        } else if (draw < firstProbability + secondProbability) {
            add(second);
        }
    }
}
