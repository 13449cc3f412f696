// Relationships of the comparison that this run did not write are stale (a recompute replaces it).
MATCH ()-[r:IMPLEMENTS|CORRESPONDS_TO {pair: $pair}]->()
WHERE r.compare_tag IS NULL OR r.compare_tag <> $tag
DELETE r
