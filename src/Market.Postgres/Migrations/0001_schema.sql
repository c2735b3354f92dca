-- Placeholder: the first schema migration is written with the provider.
CREATE EXTENSION IF NOT EXISTS postgis;
