// Bodies and roles named to be sanctioned, with the article and the quoted words.
MATCH (o:Organ {document: $document})-[l:LIABLE_UNDER]->(a:Article)
RETURN {organ: o {.id, .name, .level, .kind, .document}, document: l.document,
        article: a.number, article_key: a.key, label: a.label,
        evidence: l.evidence, start: l.start, end: l.end} AS liability
ORDER BY l.start
LIMIT $limit
