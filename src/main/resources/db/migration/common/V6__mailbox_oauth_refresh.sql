-- OAuth2 mailboxes (Microsoft 365, Google): Tierdesk renews the access token itself with a refresh token from the
-- provider's token endpoint (RFC 6749 section 6). The access token stays in mailbox.secret; secret_expires_at says
-- until when it is good. Client secret and refresh token are write-only, like the secret.
alter table mailbox add column oauth_token_url varchar(1000);
alter table mailbox add column oauth_client_id varchar(500);
alter table mailbox add column oauth_client_secret ${long_text};
alter table mailbox add column oauth_refresh_token ${long_text};
alter table mailbox add column oauth_scope varchar(1000);
alter table mailbox add column secret_expires_at ${timestamp};
