package io.crosssell.rule.dao;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.domain.CrossSellRuleImpl;

/** JPA implementation on Broadleaf's blPU. */
@Repository("csCrossSellRuleDao")
public class CrossSellRuleDaoImpl implements CrossSellRuleDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    // Broadleaf resolves entity classes through this registry so a shop can swap the implementation.
    @javax.annotation.Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public CrossSellRule create() {
        return entityConfiguration.createEntityInstance(CrossSellRule.class.getName(), CrossSellRule.class);
    }

    @Override
    @Transactional("blTransactionManager")
    public CrossSellRule save(CrossSellRule rule) {
        return em.merge(rule);
    }

    @Override
    public CrossSellRule readById(Long id) {
        return em.find(CrossSellRuleImpl.class, id);
    }

    @Override
    public String readChangeFingerprint() {
        Object[] row = (Object[]) em.createQuery(
                "SELECT COUNT(rule), MAX(rule.dateUpdated), MAX(rule.id) FROM io.crosssell.rule.domain.CrossSellRule rule")
                .getSingleResult();
        return row[0] + "|" + (row[1] == null ? "" : ((Date) row[1]).getTime()) + "|" + row[2];
    }

    @Override
    public List<CrossSellRule> readAll() {
        TypedQuery<CrossSellRule> query = em.createQuery(
                "SELECT rule FROM io.crosssell.rule.domain.CrossSellRule rule ORDER BY rule.id", CrossSellRule.class);
        query.setHint("org.hibernate.cacheMode", org.hibernate.CacheMode.REFRESH);
        return query.getResultList();
    }

    @Override
    public List<CrossSellRule> readRulesNamingProduct(Long productId) {
        // Outer joins: a path like rule.sourceProduct.id would drop the rules whose source is a category.
        return em.createQuery("SELECT rule FROM io.crosssell.rule.domain.CrossSellRule rule"
                + " LEFT JOIN rule.sourceProduct source LEFT JOIN rule.targetProduct target"
                + " WHERE source.id = :productId OR target.id = :productId ORDER BY rule.id",
                CrossSellRule.class).setParameter("productId", productId).getResultList();
    }

    @Override
    public List<CrossSellRule> readRulesInEffect(Date moment) {
        TypedQuery<CrossSellRule> query = em.createQuery(
                "SELECT rule FROM io.crosssell.rule.domain.CrossSellRule rule"
                        + " WHERE rule.active = true"
                        + " AND (rule.activeStartDate IS NULL OR rule.activeStartDate <= :moment)"
                        + " AND (rule.activeEndDate IS NULL OR rule.activeEndDate > :moment)"
                        + " ORDER BY rule.priority DESC, rule.id ASC", CrossSellRule.class);
        query.setParameter("moment", moment);
        // Rules may have been changed by the admin, another process: read them from the database.
        query.setHint("org.hibernate.cacheMode", org.hibernate.CacheMode.REFRESH);
        return query.getResultList();
    }
}
