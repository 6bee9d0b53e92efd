// Placeholder global setup; the database/queue-prefix setup lands with the db module.
export default function setup(): void {}
