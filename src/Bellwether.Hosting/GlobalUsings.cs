global using Bellwether.Core;
