// One page of the loaded documents, highest level first ($level_rank), then by id, each with its
// metadata and counts, and how many documents there are in all. Only the page's documents are
// counted: the COUNT subqueries run after SKIP/LIMIT.
RETURN COUNT { MATCH (:Document) } AS total,
       COLLECT {
         MATCH (d:Document)
         WITH d ORDER BY coalesce($level_rank[d.level], 99), d.id SKIP $offset LIMIT $limit
         RETURN {document: d {.id, .title, .jurisdiction, .level, .issuer, .effective, .source, .sha256,
                              loaded_at: toString(d.loaded_at)},
                 counts: {chapters: COUNT { MATCH (c:Chapter {document: d.id}) },
                          articles: COUNT { MATCH (a:Article {document: d.id}) },
                          organs: COUNT { MATCH (o:Organ {document: d.id}) },
                          duties: COUNT { MATCH (u:Duty {document: d.id}) },
                          relations: COUNT { MATCH (o:Organ {document: d.id})-[r]->()
                                             WHERE NOT r:RESPONSIBLE_FOR AND NOT r:CORRESPONDS_TO }}}
       } AS documents
