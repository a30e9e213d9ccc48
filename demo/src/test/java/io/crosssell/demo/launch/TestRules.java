package io.crosssell.demo.launch;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.recommend.service.CrossSellRecommendationService;
import io.crosssell.rule.domain.CrossSellRuleImpl;

/**
 * Takes out the rules a test added. Test classes share an app and its database, and a rule left behind changes what
 * other tests see: recommendations and their reasons, the admin's preview and its performance suggestions.
 */
final class TestRules {

    private TestRules() {
    }

    /** Deletes the rules of these names and makes the app read its rules again now, not at its next change check. */
    static void deleteNamed(EmbeddedWebApp app, String... names) {
        JdbcTemplate jdbc = new JdbcTemplate(app.rootContext().getBean("webDS", DataSource.class));
        for (String name : names) {
            jdbc.update("DELETE FROM CS_RULE WHERE NAME = ?", name);
        }
        app.rootContext().getBean("entityManagerFactory", EntityManagerFactory.class).getCache().evict(CrossSellRuleImpl.class);
        app.rootContext().getBean("csRecommendationService", CrossSellRecommendationService.class).refresh();
    }
}
