using SecurityDilemma.Cli;

return DilemmaApp.Run(args);
