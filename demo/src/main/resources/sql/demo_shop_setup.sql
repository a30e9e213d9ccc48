-- Demo shop set-up: currency, locale, customer role, id generators and the demo's admin users.
-- Credentials (documented in the README): admin / admin (full access), merchandiser / merchandiser
-- (Broadleaf's merchandising role, no cross-sell access), viewer / viewer (cross-sell rules read-only).
-- Broadleaf stores admin passwords as "password{userId}" with its plaintext encoder in the demo.
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('USD', 'US Dollar', TRUE);
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE) VALUES ('en_US', TRUE, 'English US', 'USD');
INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (1, 'ROLE_USER');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('US', 'United States');
INSERT INTO BLC_ID_GENERATION (ID_TYPE, BATCH_SIZE, BATCH_START, VERSION) VALUES ('org.broadleafcommerce.profile.core.domain.Customer', 100, 1000, 1);
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('CategoryImpl', 10000);
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('ProductImpl', 10000);
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('SkuImpl', 10000);
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('CategoryXrefImpl', 10000);
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('CategoryProductXrefImpl', 10000);
INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('FulfillmentOptionImpl', 1000);
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, EMAIL, LOGIN, NAME, PASSWORD, ACTIVE_STATUS_FLAG) VALUES (-1, 'admin@bikeshop.example', 'admin', 'Administrator', 'admin{-1}', TRUE);
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, EMAIL, LOGIN, NAME, PASSWORD, ACTIVE_STATUS_FLAG) VALUES (-2, 'merch@bikeshop.example', 'merchandiser', 'Merchandiser', 'merchandiser{-2}', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_ROLE_ID, ADMIN_USER_ID) VALUES (-1, -1);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_ROLE_ID, ADMIN_USER_ID) VALUES (-2, -2);
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, EMAIL, LOGIN, NAME, PASSWORD, ACTIVE_STATUS_FLAG) VALUES (-3, 'viewer@bikeshop.example', 'viewer', 'Cross-sell viewer', 'viewer{-3}', TRUE);
INSERT INTO BLC_ADMIN_ROLE (ADMIN_ROLE_ID, NAME, DESCRIPTION) VALUES (-9100, 'ROLE_CROSSSELL_VIEWER', 'Cross-sell viewer');
INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-9100, -9011);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_ROLE_ID, ADMIN_USER_ID) VALUES (-9100, -3);
