package io.opendoms.local;

/** What the developer needs once the stack is up: URLs, demo credentials, a first order. */
final class Banner {

  private Banner() {}

  static String text(RunningStack stack) {
    String url = stack.gatewayUrl();
    long postgresKb = ProcStatus.pssKb(stack.postgresProcesses());
    String postgres = postgresKb < 0 ? "" : String.format(", PostgreSQL %d MB (PSS)", postgresKb / 1024);
    return """

        ==============================================================================
         OpenDOMS is up: %s%s
        ==============================================================================
         Gateway      %s
         Swagger UI   %s/swagger-ui.html
         Health       %s/actuator/health
         Data         %s

         Demo clients (POST /oauth2/token, client credentials, HTTP Basic)
           client id    secret               channel       scopes
           storefront   storefront-secret    storefront    orders:read orders:write inventory:read returns:read returns:write
           marketplace  marketplace-secret   marketplace   same as storefront
           ops          ops-secret           (all)         every scope: inventory:write routing:read routing:write
                                                           fulfillment:read fulfillment:write ops ...
         Webhook partners (OMS-Partner header; OMS-Signature: t=<unix>,v1=hex HMAC-SHA256(secret, "<t>." + body))
           wms-default (WMS, used without OMS-Partner)   %s
           wms-east    (WMS of locations naming it)      wms-east-demo-secret
           PARCEL_A, PARCEL_B, AIR_X, COURIER (carriers) %s

         Try it:
           TOKEN=$(curl -s -u storefront:storefront-secret -d grant_type=client_credentials \\
             %s/oauth2/token | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
           curl -s -i %s/api/v1/orders -H "Authorization: Bearer $TOKEN" \\
             -H 'Content-Type: application/json' -H "Idempotency-Key: demo-$(date +%%s)" \\
             -d '{"customer":{"email":"ada@example.com","name":"Ada Lovelace"},
                  "shippingAddress":{"name":"Ada Lovelace","line1":"350 5th Ave","city":"New York",
                                     "region":"NY","postalCode":"10001","country":"US"},
                  "deliveryMethod":"SHIP","serviceLevel":"STANDARD","currency":"USD",
                  "lines":[{"sku":"SKU-10001","quantity":2,"unitPrice":19.99},
                           {"sku":"SKU-10015","quantity":1,"unitPrice":24.50}]}'
           curl -s %s/api/v1/orders/<id from the Location header> -H "Authorization: Bearer $TOKEN"

         Stop: Ctrl-C (or SIGTERM) stops the gateway, the services, Kafka and PostgreSQL.
         Start again with the same data: ./opendoms up     Start from scratch: ./opendoms up --fresh
        ==============================================================================
        """.formatted(LocalStack.figures(), postgres + stack.processFigures(), url, url, url, stack.dataDir(),
        LocalStack.WMS_SECRET, LocalStack.CARRIER_SECRET, url, url, url);
  }
}
