// The server's name, version and edition, and the ids of the loaded documents.
CALL dbms.components() YIELD name, versions, edition
WITH name, versions[0] AS version, edition
LIMIT 1
RETURN name, version, edition,
       COLLECT { MATCH (d:Document) RETURN d.id ORDER BY d.id LIMIT $limit } AS documents
