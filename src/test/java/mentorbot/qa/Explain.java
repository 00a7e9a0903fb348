package mentorbot.qa;
public class Explain { public static void main(String[] a) throws Exception { var core = mentorbot.testing.TestCores.rig().core(); for (String q : a) System.out.print(q + "\n   " + core.engine().explain(q, core.knowledge().current())); } }
