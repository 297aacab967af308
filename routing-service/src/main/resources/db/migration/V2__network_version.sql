-- A counter bumped in the transaction of every location change: planners keep the locations in memory and
-- reload them only when it moved (writers serialise on this row, so a reader that sees version v has seen
-- every location change up to v).
CREATE TABLE network_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO network_version (id, version) VALUES (1, 0);
