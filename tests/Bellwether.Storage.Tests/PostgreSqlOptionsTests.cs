using Bellwether.PostgreSql;
using Bellwether.PostgreSql.Internal;

namespace Bellwether.Storage.Tests;

public sealed class PostgreSqlOptionsTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Maximum Pool Size=1", false)]
    [InlineData("Host=127.0.0.1;Maximum Pool Size=2", true)]
    [InlineData("Host=127.0.0.1;Pooling=false;Maximum Pool Size=1", true)]
    public void Validate_PoolSize_NeedsTwoPooledConnectionsForTheMatchingTurn(string connectionString, bool valid)
    {
        var result = new PostgreSqlSignalStoreOptionsRules().Validate(null, new PostgreSqlSignalStoreOptions { ConnectionString = connectionString });

        result.Succeeded.Should().Be(valid, result.FailureMessage);
        if (!valid)
        {
            result.FailureMessage.Should().Contain("Maximum Pool Size was 1");
        }
    }
}
