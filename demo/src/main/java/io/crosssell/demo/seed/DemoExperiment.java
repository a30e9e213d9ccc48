package io.crosssell.demo.seed;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.experiment.ExperimentAssigner;
import io.crosssell.experiment.ExperimentDefinition;
import io.crosssell.experiment.Treatment;
import io.crosssell.experiment.VariantSpec;
import io.crosssell.experiment.domain.CrossSellExperiment;
import io.crosssell.experiment.service.ExperimentService;

/**
 * The demo's running experiment "Widget holdout": 10 % of visitors see no "frequently bought together" widget. It
 * comes with a simulated history of {@value #DAYS} days (visitors assigned by the experiment's own rule, those who
 * see the widget converting and spending a little more), so its report shows a figure on the first start; new demo
 * visitors are assigned by the same rule. Only the demo shop seeds it (setting {@code crosssell.demo.experiment}).
 */
public class DemoExperiment {

    private static final Log LOG = LogFactory.getLog(DemoExperiment.class);
    static final int DAYS = 30;
    static final int VISITORS = 40_000;

    private final ExperimentService experiments;
    private final JdbcTemplate jdbc;

    public DemoExperiment(ExperimentService experiments, DataSource dataSource) {
        this.experiments = experiments;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void seedIfNone() {
        if (!Boolean.getBoolean("crosssell.demo.experiment") || !experiments.experiments().isEmpty()) {
            return;
        }
        CrossSellExperiment experiment = experiments.create(new ExperimentDefinition("Widget holdout",
                "Showing complements on the product page raises revenue per visitor.", "fbt", null, null, "REVENUE_PER_VISITOR",
                new BigDecimal("5"), Arrays.asList(new VariantSpec(null, "Widget shown", 90, true, Treatment.SAME, null),
                        new VariantSpec(null, "Holdout", 10, false, Treatment.HOLDOUT, null))));
        experiment = experiments.start(experiment.getId());
        long now = System.currentTimeMillis();
        long start = now - TimeUnit.DAYS.toMillis(DAYS);
        jdbc.update("UPDATE CS_EXPERIMENT SET STARTED_DATE = ? WHERE CS_EXPERIMENT_ID = ?", new Timestamp(start), experiment.getId());
        experiment = experiments.read(experiment.getId());
        List<VariantSpec> variants = io.crosssell.experiment.service.ExperimentServiceImpl.specsOf(experiment);
        Random random = new Random(20261202L);
        List<Object[]> exposures = new ArrayList<Object[]>();
        List<Object[]> orders = new ArrayList<Object[]>();
        long orderId = -1;
        for (int i = 0; i < VISITORS; i++) {
            String key = "vdemo-" + i;
            VariantSpec variant = ExperimentAssigner.variantOf(experiment.getSalt(), key, variants);
            boolean shown = variant.treatment() != Treatment.HOLDOUT;
            long exposed = start + (long) (random.nextDouble() * (now - start - TimeUnit.HOURS.toMillis(1)));
            exposures.add(new Object[] { experiment.getId(), key, variant.id(), new Timestamp(exposed) });
            if (random.nextDouble() < (shown ? 0.039 : 0.031)) {
                int count = random.nextDouble() < 0.15 ? 2 : 1;
                for (int n = 0; n < count; n++) {
                    double value = Math.exp(Math.log(shown ? 120 : 108) - 0.18 + 0.6 * random.nextGaussian());
                    long submitted = Math.min(now - 1000, exposed + (long) (random.nextDouble() * TimeUnit.DAYS.toMillis(3)));
                    orders.add(new Object[] { experiment.getId(), orderId--, variant.id(), key, new Timestamp(submitted),
                        BigDecimal.valueOf(value).setScale(2, BigDecimal.ROUND_HALF_UP), shown && random.nextDouble() < 0.4 });
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO CS_EXPERIMENT_EXPOSURE (EXPERIMENT_ID, VISITOR_KEY, VARIANT_ID, FIRST_EXPOSED) VALUES (?, ?, ?, ?)",
                exposures);
        jdbc.batchUpdate("INSERT INTO CS_EXPERIMENT_ORDER (EXPERIMENT_ID, ORDER_ID, VARIANT_ID, VISITOR_KEY, SUBMITTED, MERCHANDISE,"
                + " ATTACHED, CANCELLED) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)", orders);
        LOG.info("Demo experiment 'Widget holdout' running, with " + VISITORS + " simulated visitors and " + orders.size() + " orders");
    }
}
