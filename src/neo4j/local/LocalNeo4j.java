import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * The smallest launcher of a real Neo4j 5.26 Community DBMS with its Bolt
 * connector, for machines without a Docker engine (Maven Central serves the
 * embedded DBMS but not the server tarball). Run in source-file mode by
 * local-neo4j.ts:
 *
 *   java -cp CLASSPATH LocalNeo4j.java HOME PORT PASSWORD PAGECACHE_MB
 *
 * It listens on 127.0.0.1 only, keeps data and logs under HOME, enables
 * authentication with user neo4j and the given password, prints "ready" once
 * Bolt accepts that password, and shuts the DBMS down cleanly on SIGTERM.
 */
public class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: LocalNeo4j HOME PORT PASSWORD PAGECACHE_MB");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = args[2];
    long pageCacheMb = Long.parseLong(args[3]);
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("shutting down");
      System.out.flush();
      dbms.shutdown();
    }));

    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // On a restart the password is already set, and Neo4j refuses to set it to itself.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        dbms.shutdown();
        throw e;
      }
    }
    System.out.println("ready bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
