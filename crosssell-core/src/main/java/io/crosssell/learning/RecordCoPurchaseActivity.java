package io.crosssell.learning;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last step of Broadleaf's checkout workflow: hands the submitted order to the recorder once the
 * checkout transaction has committed. It never throws, so it can never fail a checkout.
 */
public class RecordCoPurchaseActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(RecordCoPurchaseActivity.class);

    private final CoPurchaseOrderRecorder recorder;

    public RecordCoPurchaseActivity(CoPurchaseOrderRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
        try {
            Order order = context.getSeedData().getOrder();
            final Long orderId = order == null ? null : order.getId();
            if (orderId == null) {
                return context;
            }
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                    @Override
                    public void afterCommit() {
                        recorder.submitted(orderId);
                    }
                });
            } else {
                recorder.submitted(orderId);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not hand the order to co-purchase learning; the catch-up run will fold it in: " + e);
        }
        return context;
    }
}
