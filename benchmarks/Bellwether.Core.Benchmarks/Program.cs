using BenchmarkDotNet.Running;
using Bellwether.Core.Benchmarks;

if (args is ["soak", ..])
{
    await Soak.RunAsync(args[1..]);
}
else if (args is ["startup", ..])
{
    await Startup.RunAsync(args[1..]);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
