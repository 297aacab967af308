package io.opendoms.order.adapter.notification;

/** The statement that deletes ended deliveries (DELIVERED or FAILED) created before ?1, at most ?2 of them. */
final class DeliveryPurge {

    // one statement: the attempts go with their deliveries (the foreign key is checked at its end)
    static final String STATEMENT = """
            with doomed as (
                select id from subscription_delivery where status <> 'PENDING' and created_at < ?
                order by created_at limit ?),
            attempts as (delete from subscription_delivery_attempt where delivery_id in (select id from doomed))
            delete from subscription_delivery where id in (select id from doomed)""";

    private DeliveryPurge() {
    }
}
