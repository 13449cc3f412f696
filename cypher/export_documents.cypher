// The ids of the loaded documents (what `export`/`analyze` may be asked for).
MATCH (d:Document)
RETURN d.id AS id
ORDER BY id
