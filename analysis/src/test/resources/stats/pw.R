options(digits=15)
x <- matrix(c(30,12,8,20, 25,18,15,10, 10,5,22,14), nrow=3, byrow=TRUE)
n <- c(80, 80, 51)  # units incl. none: A 70+10, B 68+12, C 51+0
g <- c("A","B","C"); th <- c("economy","innovation","ecology","livelihood")
ps <- c(); lab <- c(); tst <- c()
for (j in 1:4) for (a in 1:2) for (b in (a+1):3) {
  x1 <- x[a,j]; x2 <- x[b,j]; n1 <- n[a]; n2 <- n[b]
  m <- matrix(c(x1, x2, n1-x1, n2-x2), 2)
  e <- outer(rowSums(m), colSums(m))/sum(m)
  if (min(e) < 5) { p <- fisher.test(m)$p.value; tst <- c(tst,"fisher") } else { p <- prop.test(c(x1,x2), c(n1,n2), correct=FALSE)$p.value; tst <- c(tst,"z") }
  ps <- c(ps, p); lab <- c(lab, paste(th[j], g[a], g[b]))
}
print(data.frame(lab, tst, p=ps, holm=p.adjust(ps, "holm")), digits=15)
