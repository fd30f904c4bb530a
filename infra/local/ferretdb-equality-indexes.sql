-- FerretDB 1.24 on PostgreSQL pushes an equality filter down as `_jsonb -> 'field' @> 'value'`,
-- but indexes the field with a btree on `_jsonb -> 'field'`, which `@>` cannot use: every
-- findOne by `_id` or by an indexed field scans the whole table (27 ms at 20,000 documents).
-- This trigger puts a GIN (jsonb_path_ops) index, which `@>` does use, beside the first field
-- of every index FerretDB creates; the block at the end adds the ones missing from tables made
-- before. Idempotent; applied by infra/local on every `up`.
CREATE OR REPLACE FUNCTION tianfu_gin_beside(index_oid oid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  name text;
  tbl text;
  first_field text;
BEGIN
  SELECT c.relname, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid, 1, false)
    INTO name, tbl, first_field
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
   WHERE i.indexrelid = index_oid;
  IF name IS NULL OR name LIKE '%\_gin' OR first_field !~ '^\(*_jsonb -> ' THEN
    RETURN;
  END IF;
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gin (%s jsonb_path_ops)',
                 left(name, 59) || '_gin', tbl, first_field);
END $$;

CREATE OR REPLACE FUNCTION tianfu_gin_beside_created_index() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  created record;
BEGIN
  FOR created IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE object_type = 'index' LOOP
    PERFORM tianfu_gin_beside(created.objid);
  END LOOP;
END $$;

DROP EVENT TRIGGER IF EXISTS tianfu_gin_beside_created_index;
CREATE EVENT TRIGGER tianfu_gin_beside_created_index ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION tianfu_gin_beside_created_index();

DO $$
DECLARE
  existing record;
BEGIN
  FOR existing IN
    SELECT i.indexrelid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND c.relname NOT LIKE '%\_gin'
  LOOP
    PERFORM tianfu_gin_beside(existing.indexrelid);
  END LOOP;
END $$;
