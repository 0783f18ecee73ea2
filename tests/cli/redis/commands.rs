//! The command line over the Redis source: profile settings, `ticket` and `sign --profile`.
