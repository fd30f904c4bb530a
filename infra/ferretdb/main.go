// Command ferretdb-embed runs FerretDB v1 (a MongoDB-wire server) on SQLite or PostgreSQL.
// It is embedded in our own module because a `go install` of FerretDB's own main panics at start
// without a generated version file (FerretDB/FerretDB#2982); embedding skips that check.
package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	addr := flag.String("listen", "127.0.0.1:27017", "TCP listen address")
	handler := flag.String("handler", "sqlite", "backend: sqlite | postgresql")
	sqliteURL := flag.String("sqlite-url", "file:.local/ferretdb/", "SQLite directory URL (must exist, trailing slash)")
	pgURL := flag.String("postgresql-url", "", "PostgreSQL URL, for -handler postgresql")
	flag.Parse()

	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *addr},
		Logger:        log,
		Handler:       *handler,
		SQLiteURL:     *sqliteURL,
		PostgreSQLURL: *pgURL,
	})
	if err != nil {
		log.Error("cannot start", "err", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// MongoDBURI() may block before Run listens, so the configured address is logged instead.
	log.Warn("listening", "addr", *addr, "handler", *handler)
	if err := srv.Run(ctx); err != nil && ctx.Err() == nil {
		log.Error("stopped", "err", err)
		os.Exit(1)
	}
}
