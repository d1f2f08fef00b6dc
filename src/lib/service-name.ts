/** Names allowed for the service: Prometheus label values are free, but we keep names safe to paste into YAML. */
export const SERVICE_NAME = /^[a-z][a-z0-9-]{0,62}$/;
