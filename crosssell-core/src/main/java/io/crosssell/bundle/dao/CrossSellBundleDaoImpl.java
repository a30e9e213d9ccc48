package io.crosssell.bundle.dao;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.hibernate.CacheMode;

import io.crosssell.bundle.domain.CrossSellBundle;
import io.crosssell.bundle.domain.CrossSellBundleImpl;
import io.crosssell.bundle.domain.CrossSellBundleItem;

/** JPA implementation of {@link CrossSellBundleDao} on Broadleaf's persistence unit. */
public class CrossSellBundleDaoImpl implements CrossSellBundleDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public CrossSellBundle create() {
        return entityConfiguration.createEntityInstance(CrossSellBundle.class.getName(), CrossSellBundle.class);
    }

    @Override
    public CrossSellBundleItem createItem() {
        return entityConfiguration.createEntityInstance(CrossSellBundleItem.class.getName(), CrossSellBundleItem.class);
    }

    @Override
    public CrossSellBundle save(CrossSellBundle bundle) {
        CrossSellBundle saved = em.merge(bundle);
        em.flush();
        return saved;
    }

    @Override
    public CrossSellBundle readById(Long id) {
        return em.find(CrossSellBundleImpl.class, id);
    }

    @Override
    public List<CrossSellBundle> readAll() {
        TypedQuery<CrossSellBundle> query = em.createQuery(
                "SELECT bundle FROM io.crosssell.bundle.domain.CrossSellBundle bundle ORDER BY bundle.id", CrossSellBundle.class);
        query.setHint("org.hibernate.cacheMode", CacheMode.REFRESH);
        return query.getResultList();
    }

    @Override
    public void delete(CrossSellBundle bundle) {
        em.remove(em.contains(bundle) ? bundle : em.merge(bundle));
    }

    @Override
    public String readChangeFingerprint() {
        Object[] row = (Object[]) em.createQuery(
                "SELECT COUNT(bundle), MAX(bundle.dateUpdated), MAX(bundle.id) FROM io.crosssell.bundle.domain.CrossSellBundle bundle")
                .getSingleResult();
        Object[] trials = (Object[]) em.createQuery(
                "SELECT COUNT(trial), MAX(trial.dateUpdated) FROM BundleTrialOffer trial").getSingleResult();
        return row[0] + "|" + (row[1] == null ? "" : ((Date) row[1]).getTime()) + "|" + row[2]
                + "|" + trials[0] + "|" + (trials[1] == null ? "" : ((Date) trials[1]).getTime());
    }

    @Override
    public List<Object[]> readTrialOffers() {
        return em.createQuery("SELECT trial.offerId, trial.bundleId FROM BundleTrialOffer trial", Object[].class).getResultList();
    }
}
