-- notification-service keeps its own database and role (its defaults in application.yaml); analytics and fraud share
-- the database "chainsignal", each in its own schema. Development credentials only: docs/deploy.md.
CREATE ROLE notification LOGIN PASSWORD 'notification';
CREATE DATABASE notification OWNER notification;
