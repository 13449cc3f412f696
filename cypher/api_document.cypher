// One document: metadata, counts and its chapters in order.
MATCH (d:Document {id: $document})
RETURN d {.id, .title, .jurisdiction, .level, .issuer, .effective, .source, .sha256,
          loaded_at: toString(d.loaded_at)} AS document,
       {chapters: COUNT { MATCH (c:Chapter {document: d.id}) },
        articles: COUNT { MATCH (a:Article {document: d.id}) },
        organs: COUNT { MATCH (o:Organ {document: d.id}) },
        duties: COUNT { MATCH (u:Duty {document: d.id}) },
        relations: COUNT { MATCH (o:Organ {document: d.id})-[r]->()
                           WHERE NOT r:RESPONSIBLE_FOR AND NOT r:CORRESPONDS_TO }} AS counts,
       COLLECT { MATCH (c:Chapter {document: d.id})
                 RETURN c {.id, .seq, .number, .title, .part, .section}
                 ORDER BY c.seq LIMIT $limit } AS chapters
