// Wait until the eventually consistent full-text indexes hold every committed write (schema.cypher).
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
