/** The training load that class-data archives and AOT caches are made from (deploy/aot.sh). */
package dev.securemcp.deploy;
