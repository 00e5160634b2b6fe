-- Counts every change to what the roles ask (a role defined, a capability renamed, a reset), ever: the query side
-- keeps what each family's roles ask in memory until this moves, so a gig's matches no longer aggregate the roles
-- per request (docs/decisions/038-role-needs-cached.md). Never reset, so a value is never seen twice.
CREATE TABLE tp_roles_generation (
    single     BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single),
    generation BIGINT  NOT NULL
);
INSERT INTO tp_roles_generation (generation) VALUES (0);
