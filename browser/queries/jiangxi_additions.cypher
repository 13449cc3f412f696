// 江西新增 What Jiangxi added: its duties with no counterpart in the national text
// Parameters:
//   document  the provincial document: 'jx-tpgj'
//   base      the text it implements: 'cn-2016-tpgj'
// With a stored comparison (Article -[:IMPLEMENTS]-> Article between the two documents) a duty is
// new when its article implements no article of the base. Without one, it falls back to: no duty
// of the base is held at the same level on any of the same matters (topics).
:param document => 'jx-tpgj';
:param base => 'cn-2016-tpgj';
MATCH (a:Article {document: $document})<-[:CITES]-(d:Duty)<-[:RESPONSIBLE_FOR]-(o:Organ)
WITH a, d, collect(o) AS holders,
     EXISTS { MATCH (:Article {document: $document})-[:IMPLEMENTS]->(:Article {document: $base}) } AS compared
WHERE CASE
  WHEN compared THEN NOT EXISTS { MATCH (a)-[:IMPLEMENTS]->(:Article {document: $base}) }
  ELSE NOT EXISTS {
    MATCH (bo:Organ {document: $base})-[:RESPONSIBLE_FOR]->(bd:Duty)
    WHERE bo.level IN [h IN holders | h.level] AND any(t IN bd.topics WHERE t IN d.topics)
  }
END
RETURN a.label AS article, [h IN holders | h.name] AS holders, d.text AS duty, d.topics AS topics,
       CASE WHEN compared THEN 'IMPLEMENTS' ELSE 'level and topic' END AS compared_by,
       a, d, holders AS organs
ORDER BY d.start
