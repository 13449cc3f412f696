// The organ with this id, if any.
MATCH (o:Organ {id: $id})
RETURN o {.id, .name, .level, .kind, .document} AS organ
