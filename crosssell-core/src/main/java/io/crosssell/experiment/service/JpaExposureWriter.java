package io.crosssell.experiment.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.jdbc.Work;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.experiment.domain.ExperimentExposure;
import io.crosssell.tracking.ExposureWriter;
import io.crosssell.tracking.TrackingEvent;

/**
 * Writes first exposures: the batch's new (experiment, visitor) keys are looked up, and those not stored yet are
 * inserted in one JDBC batch. When another storefront inserted one of them in between, the batch fails on the key
 * and each row is inserted on its own, a duplicate being simply skipped. A bounded memory of recent keys spares
 * the database the visitors this JVM has just written.
 */
public class JpaExposureWriter implements ExposureWriter {

    private static final String INSERT = "INSERT INTO " + ExperimentExposure.TABLE
            + " (EXPERIMENT_ID, VISITOR_KEY, VARIANT_ID, FIRST_EXPOSED) VALUES (?, ?, ?, ?)";
    private static final int REMEMBERED = 50_000;
    private static final int LOOKUP_CHUNK = 200;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate ownTransaction;
    private final Map<String, Boolean> recent = Collections.synchronizedMap(new LinkedHashMap<String, Boolean>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public JpaExposureWriter(PlatformTransactionManager transactionManager) {
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void write(List<TrackingEvent> exposures) {
        final Map<String, TrackingEvent> fresh = new LinkedHashMap<String, TrackingEvent>();
        for (TrackingEvent exposure : exposures) {
            String key = exposure.experimentId() + "|" + exposure.visitorKey();
            if (!recent.containsKey(key) && !fresh.containsKey(key)) {
                fresh.put(key, exposure);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        try {
            ownTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    em.unwrap(Session.class).doWork(new Work() {
                        @Override
                        public void execute(Connection connection) throws SQLException {
                            insert(connection, unknown(connection, fresh));
                        }
                    });
                }
            });
        } catch (RuntimeException raced) {
            for (final TrackingEvent exposure : fresh.values()) {
                insertAlone(exposure);
            }
        }
        for (String key : fresh.keySet()) {
            recent.put(key, Boolean.TRUE);
        }
    }

    /** The exposures whose key is not stored yet. */
    private static List<TrackingEvent> unknown(Connection connection, Map<String, TrackingEvent> fresh) throws SQLException {
        Map<Long, List<TrackingEvent>> byExperiment = new LinkedHashMap<Long, List<TrackingEvent>>();
        for (TrackingEvent exposure : fresh.values()) {
            List<TrackingEvent> list = byExperiment.get(exposure.experimentId());
            if (list == null) {
                list = new ArrayList<TrackingEvent>();
                byExperiment.put(exposure.experimentId(), list);
            }
            list.add(exposure);
        }
        List<TrackingEvent> unknown = new ArrayList<TrackingEvent>();
        for (Map.Entry<Long, List<TrackingEvent>> experiment : byExperiment.entrySet()) {
            List<TrackingEvent> all = experiment.getValue();
            for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
                List<TrackingEvent> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
                Set<String> stored = stored(connection, experiment.getKey(), chunk);
                for (TrackingEvent exposure : chunk) {
                    if (!stored.contains(exposure.visitorKey())) {
                        unknown.add(exposure);
                    }
                }
            }
        }
        return unknown;
    }

    private static Set<String> stored(Connection connection, long experimentId, List<TrackingEvent> chunk) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT VISITOR_KEY FROM " + ExperimentExposure.TABLE
                + " WHERE EXPERIMENT_ID = ? AND VISITOR_KEY IN (");
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        PreparedStatement select = connection.prepareStatement(sql.append(')').toString());
        try {
            select.setLong(1, experimentId);
            for (int i = 0; i < chunk.size(); i++) {
                select.setString(i + 2, chunk.get(i).visitorKey());
            }
            Set<String> stored = new HashSet<String>();
            ResultSet rows = select.executeQuery();
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
            return stored;
        } finally {
            select.close();
        }
    }

    private static void insert(Connection connection, List<TrackingEvent> exposures) throws SQLException {
        if (exposures.isEmpty()) {
            return;
        }
        PreparedStatement insert = connection.prepareStatement(INSERT);
        try {
            for (TrackingEvent exposure : exposures) {
                bind(insert, exposure);
                insert.addBatch();
            }
            insert.executeBatch();
        } finally {
            insert.close();
        }
    }

    private static void bind(PreparedStatement insert, TrackingEvent exposure) throws SQLException {
        insert.setLong(1, exposure.experimentId());
        insert.setString(2, exposure.visitorKey());
        insert.setLong(3, exposure.variantId());
        insert.setTimestamp(4, new Timestamp(exposure.epochMillis()));
    }

    private void insertAlone(final TrackingEvent exposure) {
        try {
            ownTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    em.unwrap(Session.class).doWork(new Work() {
                        @Override
                        public void execute(Connection connection) throws SQLException {
                            insert(connection, unknown(connection, Collections.singletonMap("one", exposure)));
                        }
                    });
                }
            });
        } catch (RuntimeException storedElsewhere) {
            // Another storefront wrote this visitor's first exposure: theirs is the first.
        }
    }
}
